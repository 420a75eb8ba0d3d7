e = Exception("msg", 42, [1])
print(e.args, str(e), repr(e))
print(str(Exception()), repr(Exception()), Exception("solo").args, str(Exception("solo")))
print(repr(ValueError("v")), str(KeyError("k")), str(KeyError()), repr(KeyError("k", "extra")))
class MyError(Exception):
    def __init__(self, code, message):
        super().__init__(message)
        self.code = code
err = MyError(404, "not found")
print(err.args, err.code, str(err), repr(err))
class Custom(Exception):
    def __str__(self):
        return "custom str"
print(Custom(1), repr(Custom(1)))
try:
    raise MyError(500, "server")
except Exception as ex:
    print(type(ex).__name__, ex.code, ex)
print(OSError(2, "No such file").errno, OSError(2, "No such file").strerror, str(OSError(2, "x", "f.txt")))
print(isinstance(FileNotFoundError(), OSError), IOError is OSError, EnvironmentError is OSError)
