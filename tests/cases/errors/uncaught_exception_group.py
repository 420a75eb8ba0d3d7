print("raising a group")
raise ExceptionGroup("top", [ValueError("one")])
