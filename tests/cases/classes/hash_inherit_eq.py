class A:
    def __eq__(self, other):
        return True
class B(A):
    def __hash__(self):
        return 1
print(A.__hash__ is None, B.__hash__ is not None, hash(B()))
class C:
    def __hash__(self):
        return -1
print(hash(C()))
class D:
    def __hash__(self):
        return 2 ** 100
print(hash(D()))
class E:
    def __hash__(self):
        return "nope"
try:
    hash(E())
except TypeError as e:
    print("TypeError:", e)
