class Plugin:
    registry = {}
    def __init_subclass__(cls, key=None, **kwargs):
        super().__init_subclass__(**kwargs)
        print("registering", cls.__name__, key)
        Plugin.registry[key or cls.__name__.lower()] = cls
class CsvPlugin(Plugin, key="csv"):
    pass
class JsonPlugin(Plugin):
    pass
class SubCsv(CsvPlugin, key="csv2"):
    pass
print(sorted(Plugin.registry))
try:
    class Bad(Plugin, unknown=1):
        pass
except TypeError as e:
    print("TypeError:", e)
