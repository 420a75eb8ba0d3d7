import sys

a=[1,2,3]
b=a

print( sys.getrefcount(a) ) # 현재 함수도 reference에 포함
del b
print( "after removing b : ", sys.getrefcount(a) )
