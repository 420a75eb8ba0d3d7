import copy
original = {"list": [1, [2, 3]], "tuple": (4, [5]), "n": 6}
shallow = copy.copy(original)
deep = copy.deepcopy(original)
original["list"][1].append("changed")
original["tuple"][1].append("t")
print(shallow)
print(deep)
class Node:
    def __init__(self, v):
        self.v = v
        self.children = []
root = Node(1)
root.children.append(Node(2))
root.children.append(root)
clone = copy.deepcopy(root)
print(clone is not root, clone.children[1] is clone, clone.children[0].v)
class Custom:
    def __init__(self):
        self.data = [1]
    def __copy__(self):
        print("__copy__ called")
        return Custom()
    def __deepcopy__(self, memo):
        print("__deepcopy__ called")
        return "deep!"
print(type(copy.copy(Custom())).__name__, copy.deepcopy(Custom()))
t = (1, 2)
print(copy.copy(t) is t, copy.deepcopy(t) is t, copy.copy([1]) == [1])
