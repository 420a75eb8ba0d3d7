café = 1
π = 3.14
ｘ = 2
ﬁle = 3
名前 = 'name'
x = 'ünïcode' + "日本"
y = café
