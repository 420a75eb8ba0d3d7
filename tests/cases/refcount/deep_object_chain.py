class Link:
    __slots__ = ("next",)
head = None
for i in range(1000000):
    node = Link()
    node.next = head
    head = node
del node
print("built")
head = None
print("freed")
