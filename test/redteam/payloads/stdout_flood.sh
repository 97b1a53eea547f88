# Gigabytes of output.
yes 'airlock flood airlock flood airlock flood airlock flood airlock flood'
