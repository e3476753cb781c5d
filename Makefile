.PHONY: test serve-demo clean-test-output

# Installs what is missing, starts a throwaway PostgreSQL, and runs every suite. See ci/test.sh.
test:
	bash ci/test.sh

serve-demo:
	swift run ro serve --demo

clean-test-output:
	rm -rf test-output
