"""Each worker thread gets its own Session; one thread keeps reusing its own."""
import threading

from engagement_desktop.transport.sessions import SessionPool


def test_each_thread_has_its_own_session_and_reuses_it():
    pool = SessionPool()
    seen = {}

    def grab(name):
        seen[name] = (pool.get(), pool.get())

    threads = [threading.Thread(target=grab, args=(n,)) for n in ("a", "b")]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert seen["a"][0] is seen["a"][1] and seen["b"][0] is seen["b"][1]
    assert seen["a"][0] is not seen["b"][0]
    assert seen["a"][0].headers["Accept-Encoding"] == "gzip"
    pool.close()
