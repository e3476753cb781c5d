.PHONY: test bench bench-scale serve-demo clean-test-output

# Installs what is missing, starts a throwaway PostgreSQL, and runs every suite. See ci/test.sh.
test:
	bash ci/test.sh

# Release build, then req/s, p50/p99, RSS, start-up and audit verification on SQLite and PostgreSQL. See ci/bench.sh.
bench:
	bash ci/bench.sh

# One database grown from 1,000 to 100,000 cases and 10 million audit entries; latency at both sizes. See ci/bench-scale.sh.
bench-scale:
	bash ci/bench-scale.sh

serve-demo:
	swift run ro serve --demo

clean-test-output:
	rm -rf test-output
