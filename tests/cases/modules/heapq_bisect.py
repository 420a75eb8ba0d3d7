import heapq, bisect
h = []
for v in [5, 1, 8, 3, 2]:
    heapq.heappush(h, v)
print(h, heapq.heappop(h), h, heapq.nsmallest(2, [4, 1, 3]), heapq.nlargest(2, [4, 1, 3]))
data = [9, 4, 7]
heapq.heapify(data)
print(data, heapq.heappushpop(data, 1), heapq.heapreplace(data, 10), data)
print(list(heapq.merge([1, 4], [2, 3])))
s = [1, 3, 3, 7]
print(bisect.bisect_left(s, 3), bisect.bisect_right(s, 3), bisect.bisect(s, 10))
bisect.insort(s, 5)
print(s, bisect.bisect_left(s, 4, key=None))
