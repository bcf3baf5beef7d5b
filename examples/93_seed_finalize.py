# From "68.4 Weak References: weakref Module": weakref.finalize.
import gc
import weakref


def cleanup_callback(resource_id):
    print(f"[CLEANUP] Freeing external resource: {resource_id}")


class ResourceHolder:
    def __init__(self, resource_id):
        self.resource_id = resource_id
        # Set up the finalizer to call our callback when 'self' is collected
        self._finalizer = weakref.finalize(self, cleanup_callback, resource_id)


# Let's see it in action
holder = ResourceHolder("TempFile_123")
# ... use the resource ...
del holder  # The object becomes collectable
gc.collect()
# Output: [CLEANUP] Freeing external resource: TempFile_123
