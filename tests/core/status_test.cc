#include "core/status.h"

#include <gtest/gtest.h>

namespace touchpoint {
namespace {

TEST(StatusTest, ExitCodesFollowSysexits) {
  EXPECT_EQ(ExitCodeFor(StatusCode::kOk), 0);
  EXPECT_EQ(ExitCodeFor(StatusCode::kUsage), 2);
  EXPECT_EQ(ExitCodeFor(StatusCode::kDataError), 65);
  EXPECT_EQ(ExitCodeFor(StatusCode::kNoInput), 66);
  EXPECT_EQ(ExitCodeFor(StatusCode::kUnavailable), 69);
  EXPECT_EQ(ExitCodeFor(StatusCode::kIoError), 74);
  EXPECT_EQ(ExitCodeFor(StatusCode::kBusy), 75);
  EXPECT_EQ(ExitCodeFor(StatusCode::kPermission), 77);
  EXPECT_EQ(ExitCodeFor(StatusCode::kConfigError), 78);
  EXPECT_EQ(ExitCodeFor(StatusCode::kInternal), 1);
}

TEST(StatusTest, WithContextPrefixesErrorsOnly) {
  EXPECT_TRUE(Status::Ok().WithContext("file").ok());
  const Status error(StatusCode::kDataError, "item 3: expected object");
  const Status wrapped = error.WithContext("data/tweets.js");
  EXPECT_EQ(wrapped.code(), StatusCode::kDataError);
  EXPECT_EQ(wrapped.message(), "data/tweets.js: item 3: expected object");
}

}  // namespace
}  // namespace touchpoint
