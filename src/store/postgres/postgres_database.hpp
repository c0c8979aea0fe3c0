#pragma once
// PostgreSQL behind the Database interface, through libpq: a pool of
// connections, statements prepared once per connection, parameters and results
// as text.

#include <chrono>
#include <memory>
#include <string>

#include "store/database.hpp"

namespace regie::store {

// The longest the client waits for any answer: the server's statement timeout
// (15 s) and a margin. A server that stays silent longer is treated as
// unavailable.
inline constexpr std::chrono::milliseconds kStandaardAntwoordtijd{17000};
// For a command-line job: no statement timeout, and the client waits as long as the server works.
inline constexpr std::chrono::milliseconds kOnbeperkt = std::chrono::milliseconds::max();

std::unique_ptr<Database> open_postgres(const std::string& conninfo, unsigned pool_size,
                                        std::chrono::milliseconds antwoordtijd = kStandaardAntwoordtijd);

// Host, port and database of a connection string, without user or password.
std::string describe_postgres(const std::string& conninfo);

}  // namespace regie::store
