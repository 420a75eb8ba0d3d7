import sys
class Config:
    verbose = True
def f():
    counter = 1
    return countr
for src in ["Config().verbos", "prnt", "f()", "Config.VERBOSE", "import os; os.pth", "lenn", "x = 1; xx"]:
    try:
        exec(src, {"Config": Config, "f": f})
    except Exception as e:
        sys.excepthook(type(e), e, e.__traceback__)
Config().verbos
