"""itertools for wisp: every iterator is a class with __iter__/__next__
following CPython 3.11's documented equivalents."""

__all__ = ['accumulate', 'chain', 'combinations', 'combinations_with_replacement',
           'compress', 'count', 'cycle', 'dropwhile', 'filterfalse', 'groupby',
           'islice', 'pairwise', 'permutations', 'product', 'repeat', 'starmap',
           'takewhile', 'tee', 'zip_longest']

import sys as _sys


def _check_number(value, what='a number is required'):
    # PyNumber_Check: numbers and anything convertible to one.
    if not isinstance(value, (int, float)):
        cls = type(value)
        for name in ('__index__', '__int__', '__float__', '__complex__'):
            if hasattr(cls, name):
                return
        raise TypeError(what)


class count:
    """Return a count object whose .__next__() method returns consecutive values."""

    def __init__(self, start=0, step=1):
        _check_number(start)
        _check_number(step)
        self._cnt = start
        self._step = step

    def __iter__(self):
        return self

    def __next__(self):
        value = self._cnt
        self._cnt = value + self._step
        return value

    def __repr__(self):
        step = self._step
        if type(step) is int and step == 1:
            return f'{type(self).__name__}({self._cnt!r})'
        return f'{type(self).__name__}({self._cnt!r}, {step!r})'


class cycle:
    """Return elements from the iterable until it is exhausted. Then repeat the sequence indefinitely."""

    def __init__(self, iterable):
        self._it = iter(iterable)
        self._saved = []
        self._index = 0
        self._firstpass = True

    def __iter__(self):
        return self

    def __next__(self):
        if self._firstpass:
            for element in self._it:
                self._saved.append(element)
                return element
            self._firstpass = False
            self._it = None
        saved = self._saved
        if not saved:
            raise StopIteration
        element = saved[self._index]
        self._index = (self._index + 1) % len(saved)
        return element


class repeat:
    """repeat(object [,times]) -> create an iterator which returns the object
    for the specified number of times.  If not specified, returns the object
    endlessly."""

    def __init__(self, object, times=None):
        self._object = object
        if times is not None:
            if not isinstance(times, int):
                raise TypeError(f"'{type(times).__name__}' object cannot be interpreted as an integer")
            if times < 0:
                times = 0
        self._times = times

    def __iter__(self):
        return self

    def __next__(self):
        if self._times is None:
            return self._object
        if self._times > 0:
            self._times -= 1
            return self._object
        raise StopIteration

    def __length_hint__(self):
        if self._times is None:
            raise TypeError('len() of unsized object')
        return self._times

    def __repr__(self):
        if self._times is None:
            return f'{type(self).__name__}({self._object!r})'
        return f'{type(self).__name__}({self._object!r}, {self._times})'


class accumulate:
    """Return series of accumulated sums (or other binary function results)."""

    def __init__(self, iterable, func=None, *, initial=None):
        self._it = iter(iterable)
        self._func = func
        self._total = initial
        self._initial = initial is not None
        self._started = False

    def __iter__(self):
        return self

    def __next__(self):
        if self._initial:
            self._initial = False
            self._started = True
            return self._total
        value = next(self._it)
        if not self._started:
            self._started = True
            self._total = value
            return value
        if self._func is None:
            self._total = self._total + value
        else:
            self._total = self._func(self._total, value)
        return self._total


class chain:
    """Return a chain object whose .__next__() method returns elements from the
    first iterable until it is exhausted, then elements from the next
    iterable, until all of the iterables are exhausted."""

    def __init__(self, *iterables):
        self._source = iter(iterables)
        self._active = None

    @classmethod
    def from_iterable(cls, iterable):
        """Alternative chain() constructor taking a single iterable argument that evaluates lazily."""
        self = cls.__new__(cls)
        self._source = iter(iterable)
        self._active = None
        return self

    def __iter__(self):
        return self

    def __next__(self):
        while self._source is not None:
            if self._active is None:
                try:
                    iterable = next(self._source)
                except StopIteration:
                    self._source = None
                    break
                self._active = iter(iterable)
            try:
                return next(self._active)
            except StopIteration:
                self._active = None
        raise StopIteration


class compress:
    """Return data elements corresponding to true selector elements."""

    def __init__(self, data, selectors):
        self._data = iter(data)
        self._selectors = iter(selectors)

    def __iter__(self):
        return self

    def __next__(self):
        while True:
            datum = next(self._data)
            selector = next(self._selectors)
            if selector:
                return datum


class dropwhile:
    """Drop items from the iterable while predicate(item) is true."""

    def __init__(self, predicate, iterable):
        self._pred = predicate
        self._it = iter(iterable)
        self._dropping = True

    def __iter__(self):
        return self

    def __next__(self):
        if self._dropping:
            for x in self._it:
                if not self._pred(x):
                    self._dropping = False
                    return x
            raise StopIteration
        return next(self._it)


class takewhile:
    """Return successive entries from an iterable as long as the predicate evaluates to true for each entry."""

    def __init__(self, predicate, iterable):
        self._pred = predicate
        self._it = iter(iterable)
        self._done = False

    def __iter__(self):
        return self

    def __next__(self):
        if self._done:
            raise StopIteration
        x = next(self._it)
        if self._pred(x):
            return x
        self._done = True
        raise StopIteration


class filterfalse:
    """Return those items of iterable for which function(item) is false."""

    def __init__(self, function, iterable):
        self._func = function
        self._it = iter(iterable)

    def __iter__(self):
        return self

    def __next__(self):
        func = self._func
        while True:
            x = next(self._it)
            if func is None:
                if not x:
                    return x
            elif not func(x):
                return x


class starmap:
    """Return an iterator whose values are returned from the function evaluated with an argument tuple taken from the given sequence."""

    def __init__(self, function, iterable):
        self._func = function
        self._it = iter(iterable)

    def __iter__(self):
        return self

    def __next__(self):
        args = next(self._it)
        return self._func(*args)


def _islice_arg(value, message):
    if value is None:
        return None
    if not isinstance(value, int):
        try:
            value = type(value).__index__(value)
        except AttributeError:
            raise ValueError(message) from None
    if value < 0 or value > _sys.maxsize:
        raise ValueError(message)
    return value


class islice:
    """islice(iterable, stop) --> islice object
    islice(iterable, start, stop[, step]) --> islice object"""

    def __init__(self, iterable, *args):
        if not 1 <= len(args) <= 3:
            if not args:
                raise TypeError('islice expected at least 2 arguments, got 1')
            raise TypeError(f'islice expected at most 4 arguments, got {len(args) + 1}')
        if len(args) == 1:
            start, stop, step = None, args[0], None
            stop = _islice_arg(stop, 'Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.')
        else:
            start, stop = args[0], args[1]
            step = args[2] if len(args) == 3 else None
            start = _islice_arg(start, 'Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.')
            stop = _islice_arg(stop, 'Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.')
            if step is not None:
                try:
                    step = _islice_arg(step, 'Step for islice() must be a positive integer or None.')
                except ValueError:
                    raise ValueError('Step for islice() must be a positive integer or None.') from None
                if step == 0:
                    raise ValueError('Step for islice() must be a positive integer or None.')
        self._it = iter(iterable)
        self._next = 0 if start is None else start
        self._stop = stop
        self._step = 1 if step is None else step
        self._cnt = 0

    def __iter__(self):
        return self

    def __next__(self):
        it = self._it
        if it is None:
            raise StopIteration
        stop = self._stop
        while self._cnt < self._next:
            try:
                next(it)
            except StopIteration:
                self._it = None
                raise
            self._cnt += 1
        if stop is not None and self._cnt >= stop:
            self._it = None
            raise StopIteration
        try:
            item = next(it)
        except StopIteration:
            self._it = None
            raise
        self._cnt += 1
        oldnext = self._next
        self._next += self._step
        if self._next < oldnext or (stop is not None and self._next > stop):
            self._next = stop
        return item


class zip_longest:
    """Return a zip_longest object whose .__next__() method returns a tuple where
    the i-th element comes from the i-th iterable argument."""

    def __init__(self, *args, fillvalue=None):
        self._iters = [iter(it) for it in args]
        self._active = len(self._iters)
        self._fill = fillvalue

    def __iter__(self):
        return self

    def __next__(self):
        iters = self._iters
        if not iters or self._active == 0:
            raise StopIteration
        values = []
        for i in range(len(iters)):
            it = iters[i]
            if it is None:
                values.append(self._fill)
                continue
            try:
                value = next(it)
            except StopIteration:
                self._active -= 1
                if self._active == 0:
                    self._iters = []
                    raise
                iters[i] = None
                value = self._fill
            values.append(value)
        return tuple(values)


class pairwise:
    """Return an iterator of overlapping pairs taken from the input iterator."""

    def __init__(self, iterable):
        self._it = iter(iterable)
        self._old = None
        self._started = False

    def __iter__(self):
        return self

    def __next__(self):
        if self._it is None:
            raise StopIteration
        try:
            if not self._started:
                self._old = next(self._it)
                self._started = True
            new = next(self._it)
        except StopIteration:
            self._it = None
            self._old = None
            raise
        result = (self._old, new)
        self._old = new
        return result


class product:
    """Cartesian product of input iterables.  Equivalent to nested for-loops."""

    def __init__(self, *args, repeat=1):
        if repeat < 0:
            raise ValueError('repeat argument cannot be negative')
        self._pools = [tuple(pool) for pool in args] * repeat
        self._indices = None
        self._done = False

    def __iter__(self):
        return self

    def __next__(self):
        if self._done:
            raise StopIteration
        pools = self._pools
        if self._indices is None:
            for pool in pools:
                if not pool:
                    self._done = True
                    raise StopIteration
            self._indices = [0] * len(pools)
        else:
            indices = self._indices
            i = len(pools) - 1
            while i >= 0:
                indices[i] += 1
                if indices[i] < len(pools[i]):
                    break
                indices[i] = 0
                i -= 1
            if i < 0:
                self._done = True
                raise StopIteration
        return tuple([pools[i][j] for i, j in enumerate(self._indices)])


def _check_r(r):
    if not isinstance(r, int):
        raise TypeError(f"Expected int as r")
    if r < 0:
        raise ValueError('r must be non-negative')


class permutations:
    """Return successive r-length permutations of elements in the iterable."""

    def __init__(self, iterable, r=None):
        pool = tuple(iterable)
        n = len(pool)
        if r is None:
            r = n
        _check_r(r)
        self._pool = pool
        self._n = n
        self._r = r
        self._indices = list(range(n))
        self._cycles = list(range(n, n - r, -1))
        self._first = True
        self._done = r > n

    def __iter__(self):
        return self

    def __next__(self):
        if self._done:
            raise StopIteration
        pool, n, r = self._pool, self._n, self._r
        indices, cycles = self._indices, self._cycles
        if self._first:
            self._first = False
            return tuple([pool[i] for i in indices[:r]])
        if n:
            i = r - 1
            while i >= 0:
                cycles[i] -= 1
                if cycles[i] == 0:
                    indices[i:] = indices[i + 1:] + indices[i:i + 1]
                    cycles[i] = n - i
                else:
                    j = cycles[i]
                    indices[i], indices[-j] = indices[-j], indices[i]
                    return tuple([pool[k] for k in indices[:r]])
                i -= 1
        self._done = True
        raise StopIteration


class combinations:
    """Return successive r-length combinations of elements in the iterable."""

    def __init__(self, iterable, r):
        _check_r(r)
        self._pool = tuple(iterable)
        self._r = r
        self._indices = list(range(r))
        self._first = True
        self._done = r > len(self._pool)

    def __iter__(self):
        return self

    def __next__(self):
        if self._done:
            raise StopIteration
        pool, r, indices = self._pool, self._r, self._indices
        n = len(pool)
        if self._first:
            self._first = False
            return tuple([pool[i] for i in indices])
        i = r - 1
        while i >= 0:
            if indices[i] != i + n - r:
                break
            i -= 1
        else:
            self._done = True
            raise StopIteration
        indices[i] += 1
        for j in range(i + 1, r):
            indices[j] = indices[j - 1] + 1
        return tuple([pool[k] for k in indices])


class combinations_with_replacement:
    """Return successive r-length combinations of elements in the iterable
    allowing individual elements to have successive repeats."""

    def __init__(self, iterable, r):
        _check_r(r)
        self._pool = tuple(iterable)
        self._r = r
        self._indices = [0] * r
        self._first = True
        self._done = not self._pool and r > 0

    def __iter__(self):
        return self

    def __next__(self):
        if self._done:
            raise StopIteration
        pool, r, indices = self._pool, self._r, self._indices
        n = len(pool)
        if self._first:
            self._first = False
            return tuple([pool[i] for i in indices])
        i = r - 1
        while i >= 0:
            if indices[i] != n - 1:
                break
            i -= 1
        else:
            self._done = True
            raise StopIteration
        indices[i:] = [indices[i] + 1] * (r - i)
        return tuple([pool[k] for k in indices])


class _grouper:
    def __init__(self, parent, tgtkey):
        self._parent = parent
        self._tgtkey = tgtkey
        self._id = parent._id
        self._yielded = False
        self._done = False

    def __iter__(self):
        return self

    def __next__(self):
        if self._done:
            raise StopIteration
        p = self._parent
        if p._id is not self._id:
            self._done = True
            raise StopIteration
        if self._yielded:
            try:
                p._currvalue = next(p._it)
            except StopIteration:
                self._done = True
                raise
            p._currkey = p._keyfunc(p._currvalue)
        if p._currkey == self._tgtkey:
            self._yielded = True
            return p._currvalue
        self._done = True
        raise StopIteration


def _identity(x):
    return x


class groupby:
    """make an iterator that returns consecutive keys and groups from the iterable"""

    def __init__(self, iterable, key=None):
        if key is None:
            key = _identity
        self._keyfunc = key
        self._it = iter(iterable)
        self._tgtkey = self._currkey = self._currvalue = _marker
        self._id = None

    def __iter__(self):
        return self

    def __next__(self):
        self._id = object()
        while self._currkey == self._tgtkey:
            self._currvalue = next(self._it)    # Exit on StopIteration
            self._currkey = self._keyfunc(self._currvalue)
        self._tgtkey = self._currkey
        return (self._currkey, _grouper(self, self._tgtkey))


_marker = object()


class _tee_link:
    __slots__ = ('value', 'next')

    def __init__(self):
        self.next = None


class _tee:
    def __init__(self, it, link):
        self._it = it
        self._link = link

    def __iter__(self):
        return self

    def __next__(self):
        link = self._link
        if link.next is None:
            value = next(self._it)
            new = _tee_link()
            new.value = value
            link.next = new
        self._link = link.next
        return self._link.value

    def __copy__(self):
        return _tee(self._it, self._link)


def tee(iterable, n=2):
    """Returns a tuple of n independent iterators."""
    if not isinstance(n, int):
        raise TypeError(f"'{type(n).__name__}' object cannot be interpreted as an integer")
    if n < 0:
        raise ValueError('n must be >= 0')
    if n == 0:
        return ()
    if isinstance(iterable, _tee):
        first = iterable.__copy__()
    else:
        first = _tee(iter(iterable), _tee_link())
    result = [first]
    for _ in range(n - 1):
        result.append(first.__copy__())
    return tuple(result)
