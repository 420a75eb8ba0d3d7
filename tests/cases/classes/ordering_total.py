class Card:
    order = "23456789TJQKA"
    def __init__(self, rank):
        self.rank = rank
    def __lt__(self, other):
        return self.order.index(self.rank) < self.order.index(other.rank)
    def __eq__(self, other):
        return self.rank == other.rank
    def __hash__(self):
        return hash(self.rank)
    def __repr__(self):
        return self.rank
hand = [Card(r) for r in "KA29T"]
print(sorted(hand), max(hand), min(hand), sorted(hand, reverse=True))
print(Card("A") > Card("K"), Card("2") <= Card("2") if hasattr(Card, "__le__") and Card.__le__ is not object.__le__ else "no __le__")
try:
    Card("A") <= Card("K")
except TypeError as e:
    print("TypeError:", e)
print(len({Card("A"), Card("A"), Card("K")}))
