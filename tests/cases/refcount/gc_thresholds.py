import gc
print(gc.get_threshold())
gc.set_threshold(100, 5, 5)
print(gc.get_threshold())
gc.set_threshold(700)
print(gc.get_threshold())
gc.set_threshold(700, 10, 10)
try:
    gc.set_threshold()
except TypeError as e:
    print(e)
try:
    gc.collect(3)
except ValueError as e:
    print(e)
print(type(gc.get_count()), len(gc.get_count()))
