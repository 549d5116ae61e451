"""Arabic as Gulf newsrooms print it: "4 ديسمبر 2026" with no comma before the year, and numbers
with Western digits grouped as the English pages group them (1,250.5), which is how the stories'
own figures are written. Django's defaults ("4 ديسمبر، 2026", "1.250,5") follow other conventions.
"""

DATE_FORMAT = "j F Y"
DATETIME_FORMAT = "j F Y، g:i A"
TIME_FORMAT = "g:i A"
YEAR_MONTH_FORMAT = "F Y"
MONTH_DAY_FORMAT = "j F"
DECIMAL_SEPARATOR = "."
THOUSAND_SEPARATOR = ","
NUMBER_GROUPING = 3
