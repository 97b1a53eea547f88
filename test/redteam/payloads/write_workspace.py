# Rewrites, deletes and adds files in the workspace; the host copy must not change.
import os, shutil
open("/workspace/data.txt", "w").write("tampered")
os.remove("/workspace/keep.txt")
shutil.rmtree("/workspace/sub")
open("/workspace/new-file.txt", "w").write("added")
os.chmod("/workspace/data.txt", 0o777)
print("workspace rewritten")
