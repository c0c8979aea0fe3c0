#pragma once
// Many rows into one table with multi-row INSERT statements: for filling a database quickly (the load
// benchmark's data) and for the log rows of one use case (one statement, not one per row). One statement
// carries up to a thousand parameters.

#include <string>
#include <string_view>
#include <vector>

#include "store/database.hpp"

namespace regie::store {

class BulkInsert {
 public:
  BulkInsert(Tx& tx, std::string tabel, std::vector<std::string> kolommen);
  // The columns as in a statement: "a, b, c".
  BulkInsert(Tx& tx, std::string tabel, std::string_view kolommen);

  // Adds a row (one value per column). Nothing is written yet, so that rows of several tables can be
  // added in any order and written parents first.
  void rij(std::vector<Value> waarden);
  // Writes the rows, up to a thousand parameters per statement. Call before the transaction ends.
  void afronden();
  std::size_t geschreven() const { return geschreven_; }

 private:
  std::string statement(std::size_t rijen) const;

  Tx& tx_;
  std::string tabel_;
  std::vector<std::string> kolommen_;
  std::size_t per_statement_;
  std::string vol_statement_;  // for a full batch; made when first needed
  std::vector<Value> wachtend_;
  std::size_t geschreven_ = 0;
};

}  // namespace regie::store
