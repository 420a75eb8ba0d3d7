import _helper_mod
def main():
    print("main() called, __name__ =", __name__)
if __name__ == "__main__":
    main()
else:
    print("imported, not run")
print(_helper_mod.__name__ != __name__)
