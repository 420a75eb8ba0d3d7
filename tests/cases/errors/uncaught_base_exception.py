class Fatal(BaseException):
    pass
raise Fatal("not an Exception subclass")
