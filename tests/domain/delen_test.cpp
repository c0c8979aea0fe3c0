// What documents for the household show of the professionals (DOMAIN.md §5, restricted sharing b).

#include "domain/delen.hpp"

#include <gtest/gtest.h>

namespace regie::domain {
namespace {

TEST(Delen, ContactDetailsInDocumentsOnlyWhenSharedUnderRestrictedSharing) {
  EXPECT_TRUE(contact_in_document(false, false));  // not shielded: as always
  EXPECT_TRUE(contact_in_document(false, true));
  EXPECT_FALSE(contact_in_document(true, false));  // shielded: the name only
  EXPECT_TRUE(contact_in_document(true, true));    // unless a regisseur allowed it
}

}  // namespace
}  // namespace regie::domain
