print("pkg_demo.core running as", __name__)
VERSION = "1.2.3"

def add(a, b):
    return a + b
