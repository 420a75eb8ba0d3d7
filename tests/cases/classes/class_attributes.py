class Counter:
    instances = 0
    shared = []
    def __init__(self):
        Counter.instances += 1
        self.own = []
a, b = Counter(), Counter()
a.shared.append(1)
a.own.append("a")
print(Counter.instances, b.shared, b.own)
a.instances = 100
print(a.instances, b.instances, Counter.instances)
print(sorted(k for k in vars(a)), "instances" in Counter.__dict__)
print(getattr(Counter, "missing", "default"))
Counter.added_later = "new"
print(b.added_later)
del a.instances
print(a.instances)
