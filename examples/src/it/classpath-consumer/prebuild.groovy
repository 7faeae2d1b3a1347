// The README's quick start reads examples/samples/002_91d5f5a0561784d8.txt, relative to where it
// runs: give the consumer that file from the SDK's samples.
def sample = new File(basedir, "../../../samples/002_91d5f5a0561784d8.txt")
def target = new File(basedir, "examples/samples/002_91d5f5a0561784d8.txt")
target.parentFile.mkdirs()
target.bytes = sample.bytes
return true
