print("start")
"text" + 5
