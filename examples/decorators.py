"""Sample file for trying Python 面试通: open the 题目 view, hover yield or functools.wraps, type iv-."""
import functools
import threading


def log_calls(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        print(f"calling {func.__name__}")
        return func(*args, **kwargs)

    return wrapper


class Config:
    _instance = None
    _lock = threading.Lock()

    def __new__(cls):
        with cls._lock:
            if cls._instance is None:
                cls._instance = super().__new__(cls)
        return cls._instance


@log_calls
def countdown(n):
    while n > 0:
        yield n
        n -= 1


if __name__ == "__main__":
    print(list(countdown(3)), Config() is Config())
