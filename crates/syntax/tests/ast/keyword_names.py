x.if_ = 1
nonlocal_ = 2
f(lambda_=1, def_=2)
async_ = 3
