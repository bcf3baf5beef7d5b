class Date:
    DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]

    def __init__(self, year, month, day):
        if not 1 <= month <= 12:
            raise ValueError(f"month {month} out of range")
        if not 1 <= day <= self.days_in_month(year, month):
            raise ValueError(f"day {day} out of range for {year}-{month:02d}")
        self.year, self.month, self.day = year, month, day

    @staticmethod
    def is_leap(year):
        return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)

    @classmethod
    def days_in_month(cls, year, month):
        return 29 if month == 2 and cls.is_leap(year) else cls.DAYS[month - 1]

    @classmethod
    def from_string(cls, text, sep="-"):
        y, m, d = (int(part) for part in text.split(sep))
        return cls(y, m, d)

    @classmethod
    def from_ordinal(cls, n):
        year = 1
        while n > (days := 366 if cls.is_leap(year) else 365):
            n -= days
            year += 1
        month = 1
        while n > cls.days_in_month(year, month):
            n -= cls.days_in_month(year, month)
            month += 1
        return cls(year, month, n)

    def ordinal(self):
        y = self.year - 1
        days = y * 365 + y // 4 - y // 100 + y // 400
        days += sum(self.days_in_month(self.year, m) for m in range(1, self.month))
        return days + self.day

    def weekday(self):
        return ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"][(self.ordinal() - 1) % 7]

    def __sub__(self, other):
        return self.ordinal() - other.ordinal()

    def __repr__(self):
        return f"{type(self).__name__}({self.year}, {self.month}, {self.day})"

    def __str__(self):
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"


class USDate(Date):
    @classmethod
    def from_string(cls, text):
        m, d, y = map(int, text.split("/"))
        return cls(y, m, d)

    def __str__(self):
        return f"{self.month}/{self.day}/{self.year}"


d = Date.from_string("2024-02-29")
print(d, repr(d), d.weekday(), d.ordinal())
u = USDate.from_string("7/4/1976")
print(u, repr(u), u.weekday(), type(u).__name__)
print(Date.from_ordinal(d.ordinal()), USDate.from_ordinal(1), Date.from_ordinal(738000))
print(d - u, Date(2000, 1, 1) - Date(1999, 12, 31), Date.from_string("2023.12.25", sep=".").weekday())
for text in ["2023-02-29", "2024-13-01", "1900-02-29", "2000-02-29"]:
    try:
        print(text, "->", Date.from_string(text))
    except ValueError as e:
        print(text, "-> ValueError:", e)
print([y for y in range(1896, 1912) if Date.is_leap(y)], d.is_leap(2100), USDate.days_in_month(2024, 2))
print(Date.from_string.__func__ is USDate.from_string.__func__, isinstance(USDate.is_leap, type(len)))
