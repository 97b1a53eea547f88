# A user namespace would make the guest root over itself (and exempt it from the process limit):
# unshare(1) and nsenter(1) must fail, and running them must be reported.
unshare -r id -u 2>&1; echo "unshare exit $?"
nsenter -t 1 -U id -u 2>&1; echo "nsenter exit $?"
id -u
