nums = [3, 1, 4, 1, 5, 9, 2, 6]
print(len(nums), sum(nums), min(nums), max(nums), sorted(nums)[:3], list(reversed(nums))[:2])
print(list(map(lambda p: p[0] * p[1], enumerate(nums)))[:4])
print(list(filter(lambda v: v > 3, nums)), any(v > 8 for v in nums), all(v > 0 for v in nums))
print(dict(zip(nums, "abcdefgh")), list(zip(*[iter(nums)] * 2)))
print(divmod(sum(nums), len(nums)), round(sum(nums) / len(nums), 3))
