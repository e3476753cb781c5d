"""Seeds COUNT victim requests with four steps each (five events) through the API of a running server, one request
at a time. Usage: seed_cases.py BASE_URL BEARER_TOKEN COUNT (issue 14 note: the database ro migrate sealed)."""
import json, sys, urllib.request
base, token, count = sys.argv[1], sys.argv[2], int(sys.argv[3])
headers = {"Authorization": f"Bearer {token}", "Content-Type": "application/json", "Accept-Language": "en"}
def call(method, path, body):
    request = urllib.request.Request(base + path, data=json.dumps(body).encode(), headers=headers, method=method)
    return json.loads(urllib.request.urlopen(request).read())
regions = ["atlantic", "quebec", "ontario", "prairie", "pacific"]
events = 0
for i in range(count):
    case = call("POST", "/api/cases", {"requesterType": "registeredVictim", "channel": "phone", "region": regions[i % 5], "language": "fr" if i % 3 else "en"})
    version, events = case["version"], events + case["version"]
    for step, fields in [("start-assessment", {}), ("add-participant", {"role": "offender", "language": "en"}),
                         ("link-offender-record", {"fps": f"{i:07d}X"}), ("review-safety", {})]:
        case = call("POST", f"/api/cases/{case['id']}/steps/{step}", {"version": version, "fields": fields})
        events += case["version"] - version
        version = case["version"]
print(f"{count} cases, {events} events")
