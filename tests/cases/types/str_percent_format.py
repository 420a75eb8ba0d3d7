print("%s and %r" % ("str", "repr"), "%d%%" % 50, "%5d|%-5d|%05d" % (42, 42, 42))
print("%x %X %o %#x %#o %e %E" % (255, 255, 8, 255, 8, 12345.678, 0.00012))
print("%.2f %10.3f %-10.1f| %+d % d" % (3.14159, 2.5, 1.25, 5, 5))
print("%(name)s is %(age)d" % {"name": "Ann", "age": 30}, "%c%c" % (72, "i"))
print("%s" % (1, ), "%s" % [1, 2], "%s %s" % ("a", ("t", "u")), "%a" % "é")
print("%g %g %g %G" % (0.0001, 1e-5, 123456789, 1e20), "%.3s" % "abcdef", "%*d" % (6, 7))
print("%i %u" % (3.9, -2), "%r" % 1.0, "%s" % None)
try:
    "%d" % "x"
except TypeError as e:
    print("TypeError:", e)
try:
    "%s %s" % ("only one",)
except TypeError as e:
    print("TypeError:", e)
try:
    "%s" % (1, 2)
except TypeError as e:
    print("TypeError:", e)
print(b"%s-%d" % (b"bytes", 5))
