/* global angular */
// AngularJS 1.8 chat widget: message list, typing banner and system notices.
angular.module('support.chat', ['ngSanitize'])
  .directive('chatLog', ['$http', '$sanitize', function ($http, $sanitize) {
    return {
      restrict: 'E',
      scope: { roomId: '@' },
      template: '<ul class="chat-log"></ul><div class="chat-banner"></div><div class="chat-topic"></div>',
      link: function (scope, element) {
        var list = element[0].querySelector('.chat-log');
        var banner = element[0].querySelector('.chat-banner');
        var topic = element[0].querySelector('.chat-topic');

        function appendMessage(msg) {
          var row = '<li><b>' + msg.author + '</b>: ' + msg.text + '</li>';
          // expect: xss
          angular.element(list).append(row);
        }

        function showBanner(who) {
          // expect: xss
          angular.element(banner).html(who + ' is typing…');
        }

        function pinTopic(text) {
          // expect: xss
          angular.element(topic).replaceWith('<div class="chat-topic pinned">' + text + '</div>');
        }

        function prependHistory(older) {
          var html = older.map(function (m) { return '<li>' + m.text + '</li>'; }).join('');
          // expect: xss
          angular.element(list).prepend(html);
        }

        function markSystem(notice) {
          // expect: xss
          angular.element(banner).after(`<p class="system">${notice.message}</p>`);
        }

        function appendSafe(msg) {
          var li = angular.element('<li></li>').text(msg.author + ': ' + msg.text);
          angular.element(list).append(li);
        }

        function showRules(rulesHtml) {
          angular.element(topic).html($sanitize(rulesHtml));
        }

        $http.get('/api/rooms/' + encodeURIComponent(scope.roomId) + '/messages').then(function (res) {
          res.data.messages.forEach(res.data.plainText ? appendSafe : appendMessage);
          if (res.data.older) prependHistory(res.data.older);
          if (res.data.topic) pinTopic(res.data.topic);
          if (res.data.rules) showRules(res.data.rules);
          if (res.data.notice) markSystem(res.data.notice);
        });

        scope.$on('chat:typing', function (event, who) { showBanner(who); });
        angular.element(banner).html('');
      },
    };
  }]);
