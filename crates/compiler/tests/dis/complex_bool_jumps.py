if a and (b or c):
    x()
if not (a or b):
    y()
if (a if b else c):
    z()
