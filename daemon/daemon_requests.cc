#include "daemon/daemon.h"

#include <unistd.h>

#include <boost/asio/post.hpp>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>
#include <spdlog/spdlog.h>

#include "core/feature_store.h"
#include "service/methods.h"

// Answering the socket: parsing requests, routing database methods to the reader or writer
// threads, the answer cache.
namespace touchpoint {

Daemon::Reply Daemon::MakeReply(const std::shared_ptr<ClientSession>& session, std::string id) {
  // Called on any thread; the answer goes out from the loop.
  return [this, session, id = std::move(id)](Result<std::string> result) {
    std::string line = result ? RpcResultLine(id, *result) : RpcStatusLine(id, result.error());
    boost::asio::post(loop_, [session, line = std::move(line), silent = id.empty()]() mutable {
      if (!silent) session->Send(std::move(line));
      session->RequestDone();
    });
  };
}

void Daemon::OnLine(const std::shared_ptr<ClientSession>& session, std::string line) {
  ParsedRequest parsed = ParseRpcRequest(line);
  if (!parsed.ok) {
    session->Send(std::move(parsed.error_line));
    session->RequestDone();
    return;
  }
  RpcRequest& request = parsed.request;
  spdlog::debug("client pid {} uid {}: {}", session->peer_pid(), session->peer_uid(),
                request.method);
  Reply reply = MakeReply(session, request.id);
  if (stopping_) return reply(Fail(StatusCode::kUnavailable, "touchpointd is stopping"));
  if (request.method == "status") return reply(StatusJson());
  if (request.method == "reload") return reply(Reload());
  if (request.method == "import") return Import(session, request.params, std::move(reply));
  if (const MethodSpec* method = FindMethod(request.method)) {
    return RunDatabaseMethod(*method, std::move(request.params), std::move(reply));
  }
  boost::asio::post(loop_, [session, line = RpcErrorLine(request.id, kRpcMethodNotFound,
                                                         "method not found: " + request.method),
                            silent = request.id.empty()]() mutable {
    if (!silent) session->Send(std::move(line));
    session->RequestDone();
  });
}

void Daemon::RunDatabaseMethod(const MethodSpec& method, rapidjson::Document params,
                               Reply reply) {
  auto shared_params = std::make_shared<rapidjson::Document>(std::move(params));
  auto run = [&method, shared_params, config = config()](Store& store) {
    MethodContext context{store.connection(), *config, NowMs()};
    return RunMethod(method, context, shared_params->IsNull() ? nullptr : shared_params.get());
  };
  auto catch_up_and_run = [run, &method](Store& store) {
    if (method.needs_scores) {
      if (Status status = CatchUpScores(store.connection()); !status.ok()) {
        spdlog::warn("catching up scores: {}", status.message());
      }
    }
    return run(store);
  };
  if (method.access == MethodAccess::kWrite) {
    return workers_->Write([this, catch_up_and_run, reply](Store& store) {
      Result<std::string> answer = catch_up_and_run(store);
      boost::asio::post(loop_, [this, reply, answer = std::move(answer)] {
        answers_.Invalidate();  // before the answer, so the writer's next read sees the change
        reply(answer);
      });
    });
  }
  // Identical reads share one computation and, until the data changes, one stored answer.
  // Not during an import: its entries commit one by one.
  rapidjson::StringBuffer text;
  rapidjson::Writer<rapidjson::StringBuffer> writer(text);
  shared_params->Accept(writer);
  const std::string key = std::string(method.name) + " " + text.GetString();
  const bool cacheable = importing_ == 0;
  if (cacheable) {
    // "calls" without as_of means now: its answer may be a few seconds old, no more.
    const bool about_now =
        method.name == "calls" && !(shared_params->IsObject() && shared_params->HasMember("as_of"));
    const auto max_age = about_now ? std::chrono::seconds(5)
                                   : std::chrono::duration_cast<std::chrono::seconds>(
                                         std::chrono::hours(24));
    if (std::optional<std::string> stored = answers_.Find(key, max_age)) return reply(*stored);
    if (!answers_.Wait(key, reply)) return;
  }
  const uint64_t generation = answers_.generation();
  auto finish = [this, reply, key, cacheable, generation](Result<std::string> answer) {
    boost::asio::post(loop_, [this, reply, key, cacheable, generation,
                              answer = std::move(answer)] {
      if (cacheable) return answers_.Complete(key, generation, answer);
      reply(answer);
    });
  };
  if (!method.needs_scores) {
    return workers_->Read([run, finish](Store& store) { finish(run(store)); });
  }
  // Answer from a reader, unless events arrived that nobody scored yet and the writer is
  // free to catch up first. During an import, readers answer from what was scored before.
  workers_->Read([this, run, catch_up_and_run, finish](Store& store) {
    Result<bool> behind = FeaturesBehind(store.connection());
    if (behind && *behind && workers_->writer_backlog() == 0) {
      return workers_->Write([catch_up_and_run, finish](Store& writer_store) {
        finish(catch_up_and_run(writer_store));
      });
    }
    finish(run(store));
  });
}

}  // namespace touchpoint
