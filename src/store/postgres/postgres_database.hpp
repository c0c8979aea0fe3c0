#pragma once
// PostgreSQL behind the Database interface, through libpq: a pool of connections, statements prepared once
// per connection, parameters and results as text.

#include <memory>
#include <string>

#include "store/database.hpp"

namespace regie::store {

std::unique_ptr<Database> open_postgres(const std::string& conninfo, unsigned pool_size);

// Host, port and database of a connection string, without user or password.
std::string describe_postgres(const std::string& conninfo);

}  // namespace regie::store
