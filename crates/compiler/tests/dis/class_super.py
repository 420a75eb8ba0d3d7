class C(B):
    def __init__(self):
        super().__init__()
    def m(self):
        return __class__
