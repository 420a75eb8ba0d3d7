x = ('a'
     'b'
     "c")
y = b'a' b'b'
z = u'a' 'b'
w = 'a' u'b'
