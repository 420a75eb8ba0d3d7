class Config:
    verbose = True
Config().verbos
