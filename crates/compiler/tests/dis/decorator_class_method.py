class C:
    @property
    def p(self):
        return self._p
    @p.setter
    def p(self, v):
        self._p = v
    @staticmethod
    def s():
        return 1
