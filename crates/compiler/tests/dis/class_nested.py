class Outer:
    class Inner:
        def m(self):
            return 1
    def n(self):
        def local():
            pass
        return local
