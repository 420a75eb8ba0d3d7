import operator as op
print(op.add(1, 2), op.mul("a", 3), op.neg(5), op.not_(0), op.truediv(7, 2), op.floordiv(7, 2), op.mod(7, 3))
print(op.itemgetter(1)([5, 6]), op.itemgetter(0, 2)("abc"), op.attrgetter("real")(3), op.attrgetter("a.b", "c")(type("T", (), {"a": type("U", (), {"b": 1}), "c": 2})))
print(op.methodcaller("upper")("x"), op.methodcaller("split", ",")("a,b"))
print(op.lt(1, 2), op.eq("a", "a"), op.contains([1], 1), op.countOf([1, 1], 1), op.indexOf("abc", "c"))
print(op.and_(6, 3), op.or_(6, 3), op.xor(6, 3), op.lshift(1, 4), op.invert(0), op.pow(2, 5))
l = [1, 2, 3]
op.setitem(l, 0, 9); op.delitem(l, 1)
print(l, op.getitem(l, -1), op.index(5), op.truth([]), op.is_(None, None), op.concat([1], [2]))
print(sorted([("b", 2), ("a", 2), ("c", 1)], key=op.itemgetter(1, 0)))
x = [1]
print(op.iadd(x, [2]) is x, x, op.length_hint(iter([1, 2, 3])))
