class Config:
    debug = False
    options = {}
    def enable(self):
        self.debug = True
c1, c2 = Config(), Config()
c1.enable()
print(c1.debug, c2.debug, Config.debug)
c1.options["k"] = "shared!"
print(c2.options)
Config.debug = "class-level"
print(c1.debug, c2.debug)
del c1.debug
print(c1.debug)
print(sorted(c1.__dict__), sorted(k for k in Config.__dict__ if not k.startswith("__")))
