# An uncaught exception of a user-defined class, raised a few calls deep.
# CPython's last stderr line names the class without "__main__.".
class ConfigError(Exception):
    pass

class MissingKey(ConfigError):
    def __init__(self, key):
        super().__init__(f"missing key {key!r}")
        self.key = key

def lookup(config, key):
    if key not in config:
        raise MissingKey(key)
    return config[key]

def load(config):
    host = lookup(config, "host")
    print("host is", host)
    port = lookup(config, "port")
    print("port is", port)

config = {"host": "localhost"}
try:
    lookup(config, "user")
except ConfigError as e:
    print("handled:", type(e).__name__, e, e.key)

for key in config:
    print("config has", key)
load(config)
print("never printed")
