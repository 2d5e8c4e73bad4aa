#!/usr/bin/env bash
# Starts the local MariaDB (for the MySQL tests and a local production-like run) when it is installed but not
# running. Exit 0 when a server answers on 127.0.0.1:3306 afterwards, 1 otherwise.
set -u
ping_db() { mysqladmin --protocol=TCP -h127.0.0.1 -P3306 -uroot ping >/dev/null 2>&1 || mariadb-admin --protocol=TCP -h127.0.0.1 -P3306 -uroot ping >/dev/null 2>&1; }
ping_db && exit 0
if [ -x /usr/sbin/mariadbd ]; then
  echo "starting MariaDB..." >&2
  if command -v start-stop-daemon >/dev/null 2>&1; then
    start-stop-daemon --start --oknodo --background --exec /usr/sbin/mariadbd -- --user=mysql 2>/dev/null \
      || start-stop-daemon --start --oknodo --background --exec /usr/sbin/mariadbd
  else
    (/usr/sbin/mariadbd --user=mysql >/dev/null 2>&1 &)
  fi
  for _ in $(seq 1 30); do ping_db && exit 0; sleep 1; done
fi
exit 1
