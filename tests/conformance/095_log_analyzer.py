# A log-file analyser built on re: parse lines, aggregate, redact, report.
import re
from collections import Counter, defaultdict

LOG = """\
2024-01-15 08:00:01 INFO  [auth] user=alice ip=10.0.0.1 login ok
2024-01-15 08:00:07 WARN  [auth] user=bob ip=10.0.0.2 bad password (attempt 1)
2024-01-15 08:01:13 WARN  [auth] user=bob ip=10.0.0.2 bad password (attempt 2)
2024-01-15 08:02:00 ERROR [db] query failed: timeout after 3000ms (SELECT * FROM users)
2024-01-15 08:02:30 INFO  [api] GET /users/42 200 12ms
2024-01-15 08:02:31 INFO  [api] POST /orders 201 85ms
2024-01-15 08:03:02 ERROR [api] GET /orders/7 500 1503ms
this line is garbage
2024-01-15 08:04:10 INFO  [auth] user=carol ip=192.168.1.20 login ok
2024-01-15 08:05:00 DEBUG [cache] hit ratio=0.93
2024-01-15 08:06:45 ERROR [db] connection reset by peer
"""

LINE = re.compile(
    r"""
    ^(?P<date>\d{4}-\d{2}-\d{2})\s
    (?P<time>\d{2}:\d{2}:\d{2})\s
    (?P<level>[A-Z]+)\s+
    \[(?P<component>\w+)\]\s
    (?P<message>.*)$
    """,
    re.VERBOSE,
)
REQUEST = re.compile(r"(?P<method>GET|POST|PUT|DELETE) (?P<path>/\S*) (?P<status>\d{3}) (?P<ms>\d+)ms")
USER_IP = re.compile(r"user=(\w+) ip=((?:\d{1,3}\.){3}\d{1,3})")
DURATION = re.compile(r"(\d+)ms\b")

levels = Counter()
by_component = defaultdict(list)
bad_lines = []
for number, line in enumerate(LOG.splitlines(), 1):
    m = LINE.match(line)
    if not m:
        bad_lines.append(number)
        continue
    levels[m["level"]] += 1
    by_component[m.group("component")].append(m.group("message"))

print("levels:", sorted(levels.items()))
print("bad lines:", bad_lines)
for component in sorted(by_component):
    print(f"{component:>6}: {len(by_component[component])} messages")

# HTTP requests
print("requests:")
for m in REQUEST.finditer(LOG):
    status = int(m.group("status"))
    flag = "SLOW" if int(m["ms"]) > 1000 else "ok"
    print(f"  {m['method']:<6} {m['path']:<10} {status} {flag} span={m.span()}")

# users and IPs, with failed attempts
attempts = Counter(user for user, ip in USER_IP.findall(LOG) if user)
print("user activity:", sorted(attempts.items()))
print("private IPs:", sorted(set(re.findall(r"\b(?:10|192\.168)(?:\.\d{1,3}){2,3}\b", LOG))))

# total time spent in timed operations
print("total ms:", sum(int(x) for x in DURATION.findall(LOG)))

# redaction: hide IPs and user names, keep line structure
redacted = USER_IP.sub(lambda m: "user=%s ip=x.x.x.x" % (m.group(1)[0] + "*" * (len(m.group(1)) - 1)), LOG)
print(redacted.splitlines()[1])
print(re.sub(r"\(SELECT.*?\)", "(<sql>)", LOG.splitlines()[3]))

# errors grouped by hour and minute
errors = re.findall(r"^\S+ (\d\d):(\d\d):\d\d ERROR", LOG, re.M)
print("errors at:", [f"{h}h{m}" for h, m in errors])

# split messages into words, counting the common ones
words = Counter(w.lower() for w in re.split(r"[^A-Za-z]+", LOG) if len(w) > 3)
print("common words:", words.most_common(4))

# a summary table, numbers right-aligned via a regex-built format
summary = "INFO=%d WARN=%d ERROR=%d" % (levels["INFO"], levels["WARN"], levels["ERROR"])
print(re.sub(r"(\w+)=(\d+)", r"\1: \2", summary))
print(re.subn(r"\d", "#", "2024-01-15")[1], "digits masked")
