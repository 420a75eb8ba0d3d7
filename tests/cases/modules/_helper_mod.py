"""A helper module imported by the import cases; not a case itself."""
print("_helper_mod executing, __name__ =", __name__)
CONSTANT = 42
_private = "hidden"
calls = []

def greet(name):
    calls.append(name)
    return f"hello, {name}"

class Widget:
    def __init__(self, size):
        self.size = size
    def __repr__(self):
        return f"Widget({self.size})"

__all__ = ["greet", "Widget"]

if __name__ == "__main__":
    print("_helper_mod run as a script")
