"""set.__init__ clears the set first (a used table shrinks back, so the order is a new set's)."""
s=set(range(100))
for x in range(100): s.discard(x)
s.__init__([5,3,11,19]); print(s); s.clear(); print(s); s.__init__("ab"); print(len(s))
t=set(); t.__init__([1]); print(t); t.__init__(); print(t)
print([1, 2] + [3], (1,) + (2, 3), [] + [], () + ())
a = [1]
print(a + a)
